package care.dyad.export.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Starts the worker once the kick-off has committed: started earlier, it could not yet see its own
 * job.
 */
@ApplicationScoped
public class BulkExportRequested {

  /** The event: a job was written and waits for its worker. */
  public record Job(UUID id) {}

  @Inject BulkExportWorker worker;

  void start(@Observes(during = TransactionPhase.AFTER_SUCCESS) Job job) {
    worker.run(job.id());
  }
}
