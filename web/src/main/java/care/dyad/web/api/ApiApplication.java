package care.dyad.web.api;

import care.dyad.web.json.CheckedJsonReader;
import care.dyad.web.json.SharedJsonb;
import care.dyad.web.problem.HeaderScreen;
import care.dyad.web.problem.ParameterScreen;
import care.dyad.web.problem.ProblemResponses;
import care.dyad.web.problem.ValidationProblems;
import care.dyad.web.security.CallerFromToken;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;

/** The staff REST API. Its classes are listed so the FHIR application's mappers stay apart. */
@ApplicationPath("api")
public class ApiApplication extends Application {

  public static final Set<Class<?>> RESOURCES =
      Set.of(
          ReferralsResource.class,
          EpisodesResource.class,
          SessionsResource.class,
          InstrumentsResource.class,
          ProgrammesResource.class,
          ScheduleResource.class,
          RemeasurementsResource.class,
          RoomsResource.class,
          CliniciansResource.class,
          AuditResource.class,
          StaffResource.class,
          CentresResource.class,
          PayerPartnersResource.class,
          DeliveriesResource.class);

  @Override
  public Set<Class<?>> getClasses() {
    var classes = new HashSet<Class<?>>(RESOURCES);
    classes.add(CallerFromToken.class);
    classes.add(ProblemResponses.class);
    classes.add(ValidationProblems.class);
    classes.add(SharedJsonb.class);
    classes.add(CheckedJsonReader.class);
    classes.add(ParameterScreen.class);
    classes.add(HeaderScreen.class);
    return classes;
  }
}
