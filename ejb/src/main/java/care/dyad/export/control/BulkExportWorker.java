package care.dyad.export.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs a bulk export in the background, page after page, until done, cancelled or failed. */
@Stateless
public class BulkExportWorker {

  private static final Logger LOG = Logger.getLogger(BulkExportWorker.class.getName());

  @Inject ExportPages pages;

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(UUID jobId) {
    try {
      var written = new HashSet<String>();
      while (pages.writeNext(jobId, written)) {
        // each page commits its own progress; a cancelled job stops at the next page
      }
      pages.finish(jobId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Bulk export {0} failed: {1}", new Object[] {jobId, e.getClass()});
      pages.fail(jobId, e);
    }
  }
}
