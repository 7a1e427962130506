package care.dyad.audit.control;

import care.dyad.audit.entity.AuditTarget;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Works out what an audited call was about, by the rules documented on {@link Audited}. */
final class AuditTargets {

  private AuditTargets() {}

  static List<AuditTarget> of(Object returned, Object[] parameters, String declaredType) {
    var value = returned instanceof Optional<?> optional ? optional.orElse(null) : returned;
    if (value instanceof AuditedRecord record) {
      return List.of(targetOf(record));
    }
    if (value instanceof Collection<?> values) {
      var targets =
          values.stream()
              .filter(AuditedRecord.class::isInstance)
              .map(v -> targetOf((AuditedRecord) v))
              .toList();
      if (!targets.isEmpty()) {
        return targets;
      }
    }
    // Nothing returned names a record (a void write, an empty list): the call itself is still
    // kept, about the id it was asked for, so no read or write of a record goes unlogged.
    return List.of(AuditTarget.of(declaredType, firstUuid(parameters)));
  }

  static AuditTarget targetOf(AuditedRecord record) {
    return new AuditTarget(
        record.auditType(),
        record.auditId(),
        record.auditEpisodeId(),
        record.auditDyadId(),
        record.auditCentreId());
  }

  private static UUID firstUuid(Object[] parameters) {
    if (parameters == null) {
      return null;
    }
    return Arrays.stream(parameters)
        .filter(UUID.class::isInstance)
        .map(UUID.class::cast)
        .findFirst()
        .orElse(null);
  }
}
