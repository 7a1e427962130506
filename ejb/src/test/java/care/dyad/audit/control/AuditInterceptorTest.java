package care.dyad.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import care.dyad.audit.entity.Actor;
import care.dyad.audit.entity.AuditEvent;
import care.dyad.audit.entity.AuditOutcome;
import care.dyad.shared.DomainException;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditInterceptorTest {

  /** Stands in for a boundary of another context. */
  static class Boundary {
    @Audited(action = "session.list", target = "episode")
    List<AuditTargetsTest.Session> sessions(UUID episodeId) {
      return List.of(
          new AuditTargetsTest.Session(UUID.randomUUID(), episodeId, "north"),
          new AuditTargetsTest.Session(UUID.randomUUID(), episodeId, "north"));
    }

    @Audited(action = "assessment.record")
    Object refused(UUID episodeId) {
      throw DomainException.conflict("already recorded");
    }

    @Audited
    void close(UUID episodeId) {}
  }

  private final List<AuditEvent> written = new ArrayList<>();
  private final AuditInterceptor interceptor = new AuditInterceptor();

  AuditInterceptorTest() {
    interceptor.log =
        new AuditLog() {
          @Override
          public void append(AuditEvent event) {
            written.add(event);
          }
        };
    interceptor.actors =
        new Actors() {
          @Override
          public Actor current() {
            return new Actor("clara", "sub-clara", null, null, null);
          }
        };
  }

  @Test
  void aReturnedListWritesOneSuccessPerRecord() throws Exception {
    var episode = UUID.randomUUID();
    var returned = interceptor.recordSuccess(call("sessions", episode));
    assertEquals(2, ((List<?>) returned).size());
    assertEquals(2, written.size());
    for (var event : written) {
      assertEquals("session.list", event.action());
      assertEquals("session", event.targetType());
      assertEquals(episode, event.episodeId());
      assertEquals(AuditOutcome.SUCCESS, event.outcome());
      assertEquals("clara", event.actor());
    }
  }

  @Test
  void aCallThatThrowsWritesNothing() {
    assertThrows(
        DomainException.class, () -> interceptor.recordSuccess(call("refused", UUID.randomUUID())));
    assertTrue(written.isEmpty());
  }

  @Test
  void withoutAnActionTheBoundaryAndMethodNameIt() throws Exception {
    var episode = UUID.randomUUID();
    interceptor.recordSuccess(call("close", episode));
    assertEquals("boundary.close", written.get(0).action());
    assertEquals(episode, written.get(0).targetId());
  }

  private static InvocationContext call(String name, Object... parameters) throws Exception {
    var target = new Boundary();
    var method = Boundary.class.getDeclaredMethod(name, UUID.class);
    return new InvocationContext() {
      private final Map<String, Object> data = new HashMap<>();

      @Override
      public Object getTarget() {
        return target;
      }

      @Override
      public Object getTimer() {
        return null;
      }

      @Override
      public Method getMethod() {
        return method;
      }

      @Override
      public Constructor<?> getConstructor() {
        return null;
      }

      @Override
      public Object[] getParameters() {
        return parameters;
      }

      @Override
      public void setParameters(Object[] params) {}

      @Override
      public Map<String, Object> getContextData() {
        return data;
      }

      @Override
      public Object proceed() throws Exception {
        try {
          return method.invoke(target, parameters);
        } catch (java.lang.reflect.InvocationTargetException e) {
          throw (Exception) e.getCause();
        }
      }
    };
  }
}
