#!/usr/bin/env bash
# Loads demo records through the real API (as the demo users would) when the system is empty:
# referrals in both centres, one accepted with baseline and mid-programme scores and a booked series.
set -euo pipefail
APP=$1 KEYCLOAK_URL=$2
TOKEN_URL="$KEYCLOAK_URL/realms/dyadcare/protocol/openid-connect/token"

token() {
  curl -fs -d grant_type=password -d client_id=dyadcare-cli -d "username=$1" -d password=demo "$TOKEN_URL" \
    | grep -o '"access_token":"[^"]*"' | cut -d'"' -f4
}
post() { # token, path, json -> the created record's id (last segment of Location)
  curl -fs -o /dev/null -D - -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d "$3" "$APP$2" | tr -d '\r' | sed -n 's|^[Ll]ocation: .*/||p'
}

sam=$(token sam)
existing=$(curl -fs -H "Authorization: Bearer $sam" "$APP/api/referrals")
if [ "$existing" != "[]" ]; then
  echo "Demo data already present."
  exit 0
fi
clara=$(token clara)
sue=$(token sue)

referral() { # token, centre, identifier, given, family, birthDate, caregiver, relationship, source, payer, member, safeguarding[, urgency]
  post "$1" /api/referrals "{\"centreId\":\"$2\",\"urgency\":\"${13:-routine}\",\"child\":{\"identifier\":\"$3\",\"givenName\":\"$4\",\"familyName\":\"$5\",\"birthDate\":\"$6\"},\"caregiver\":{\"name\":\"$7\",\"relationship\":\"$8\"},\"source\":\"$9\",\"reason\":\"Demo referral: difficulty seeking comfort from caregiver.\",\"safeguardingConcern\":${12},\"payerId\":\"${10}\",\"memberId\":\"${11}\",\"consents\":{\"treatment\":true,\"outcomeSharing\":true}}"
}

r1=$(referral "$sam" north NHS-900001 Maya Patel 2023-09-14 "Priya Patel" mother health-visitor northwind NW-10001 false)
referral "$sam" north NHS-900002 Leo Okafor 2024-02-03 "Daniel Okafor" father gp northwind NW-10002 false >/dev/null
referral "$sam" north NHS-900003 Ava Brown 2022-11-30 "Grace Hill" foster-carer social-care southbay SB-20001 true >/dev/null
referral "$sam" north NHS-900005 Isla Novak 2024-06-09 "Marta Novak" mother gp northwind NW-10003 false urgent >/dev/null
referral "$sam" north NHS-900006 Omar Haddad 2023-01-17 "Samir Haddad" father health-visitor northwind NW-10004 false soon >/dev/null
referral "$sue" south NHS-900004 Noah Wilson 2023-05-21 "Emma Wilson" mother self southbay SB-20002 false >/dev/null

episode=$(post "$clara" "/api/referrals/$r1/acceptance" '{}')
put() { curl -fs -o /dev/null -X PUT -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$3" "$APP$2"; }
post "$clara" "/api/episodes/$episode/transitions" '{"to":"assessing","reason":"Baseline assessment booked"}' >/dev/null
post "$clara" "/api/episodes/$episode/assessments" '{"instrumentCode":"ainsworth-sensitivity","timePoint":"baseline","score":4}' >/dev/null
post "$clara" "/api/episodes/$episode/assessments" '{"instrumentCode":"sdq-total","timePoint":"baseline","score":22}' >/dev/null
put "$clara" "/api/episodes/$episode/care-plan" '{"programmeCode":"abc"}'
post "$clara" "/api/episodes/$episode/transitions" '{"to":"in-treatment","reason":"ABC programme starts"}' >/dev/null
post "$clara" "/api/episodes/$episode/assessments" '{"instrumentCode":"strange-situation","timePoint":"baseline","category":"D"}' >/dev/null
# A mid-programme re-measurement, so the outcome chart has a line to draw.
post "$clara" "/api/episodes/$episode/assessments" '{"instrumentCode":"sdq-total","timePoint":"mid","score":13}' >/dev/null
post "$clara" "/api/episodes/$episode/assessments" '{"instrumentCode":"ainsworth-sensitivity","timePoint":"mid","score":6}' >/dev/null
start=$(TZ=Europe/London date -d "next monday 10:00" +%Y-%m-%dT%H:%M:%S%:z)
# Ten weekly ABC sessions with Clara in Playroom 1, booked as one series.
post "$sam" "/api/episodes/$episode/sessions/series" "{\"clinicianId\":\"clara\",\"roomId\":\"6f0c1a52-0000-4000-8000-000000000001\",\"firstStartsAt\":\"$start\",\"count\":10,\"intervalDays\":7}" >/dev/null
echo "Demo data loaded: 6 referrals; 1 episode ($episode) in treatment on ABC with baseline scores and ten weekly sessions booked."
