package care.dyad.staff.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Keycloak takes no part in the database transaction. When a change was already made there and the
 * commit then fails, this undoes it, so neither side keeps what the other does not.
 */
@ApplicationScoped
public class UndoUnlessCommitted {

  @Resource TransactionSynchronizationRegistry transaction;

  /** Runs {@code undo} after the current transaction, unless it committed. */
  public void register(Runnable undo) {
    transaction.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
              undo.run();
            }
          }
        });
  }
}
