package care.dyad.audit.control;

import care.dyad.audit.entity.AuditEvent;
import care.dyad.audit.entity.AuditOutcome;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes the audit events of an {@link Audited} method once it has returned. On an EJB it runs
 * inside the container's transaction and security checks, so the events join the method's
 * transaction and a refused or failed call writes none. If an event cannot be written the call
 * fails: a clinical record is not read or written without its audit.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

  @Inject AuditLog log;
  @Inject Actors actors;

  @AroundInvoke
  public Object recordSuccess(InvocationContext call) throws Exception {
    var returned = call.proceed();
    var audited = audited(call);
    var action =
        audited == null || audited.action().isBlank()
            ? defaultAction(call.getMethod())
            : audited.action();
    var targets =
        AuditTargets.of(returned, call.getParameters(), audited == null ? "" : audited.target());
    var actor = actors.current();
    var now = Instant.now();
    for (var target : targets) {
      log.append(AuditEvent.record(actor, action, target, AuditOutcome.SUCCESS, null, now));
    }
    return returned;
  }

  private static Audited audited(InvocationContext call) {
    var method = call.getMethod();
    var onMethod = method.getAnnotation(Audited.class);
    if (onMethod != null) {
      return onMethod;
    }
    var onClass = method.getDeclaringClass().getAnnotation(Audited.class);
    if (onClass != null || call.getTarget() == null) {
      return onClass;
    }
    return call.getTarget().getClass().getAnnotation(Audited.class);
  }

  static String defaultAction(Method method) {
    var type = method.getDeclaringClass().getSimpleName();
    return type.substring(0, 1).toLowerCase(Locale.ROOT)
        + type.substring(1)
        + "."
        + method.getName();
  }
}
