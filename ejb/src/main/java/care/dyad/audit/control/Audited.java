package care.dyad.audit.control;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a boundary method on the audit trail. When the method returns normally, {@link
 * AuditInterceptor} writes one event per record it returned, in the method's own transaction: if
 * that transaction rolls back, so do the events. A method that throws writes nothing here; the web
 * layer records the refusal instead.
 *
 * <p>What the events are about comes from the return value:
 *
 * <ul>
 *   <li>an {@link AuditedRecord} (also inside an {@code Optional}): one event about it;
 *   <li>a {@code Collection}: one event per element that is an {@link AuditedRecord};
 *   <li>anything else, {@code void}, or a collection without such elements: one event about the
 *       method's first {@code UUID} parameter, of the kind named by {@link #target()} (an {@code
 *       episode} or {@code dyad} target also fills the event's episode or dyad). The record's
 *       centre is then unknown, so centre admins find the event through the caller's centres
 *       instead.
 * </ul>
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

  /**
   * What was done, as {@code <record>.<verb>}: {@code episode.read}, {@code assessment.record}.
   * When empty, {@code <class>.<method>} of the boundary, e.g. {@code episodes.summary}.
   */
  @Nonbinding
  String action() default "";

  /** The kind of record the first UUID parameter names, used when the return value says nothing. */
  @Nonbinding
  String target() default "";
}
