package care.dyad.export.control;

import care.dyad.export.entity.BulkExportJob;
import care.dyad.export.entity.BulkExportStatus;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Keeps bulk exports tidy across the server's life: exports that were running when the server
 * stopped start over at boot (their partial files removed), and expired exports lose their files
 * and their record.
 */
@Singleton
@Startup
public class BulkExportHousekeeping {

  @PersistenceContext EntityManager em;
  @Inject ExportFiles files;
  @Inject BulkExportWorker worker;

  @PostConstruct
  void resumeInterrupted() {
    var interrupted =
        em.createQuery(
                "select j from BulkExportJob j where j.status = :running", BulkExportJob.class)
            .setParameter("running", BulkExportStatus.IN_PROGRESS)
            .getResultList();
    for (var job : interrupted) {
      files.delete(job.id());
      job.restart();
    }
    em.flush();
    interrupted.forEach(job -> worker.run(job.id()));
  }

  @Schedule(minute = "*/5", hour = "*", persistent = false)
  void removeExpired() {
    var now = Instant.now();
    em.createQuery(
            "select j from BulkExportJob j where j.expiresAt is not null and j.expiresAt <= :now",
            BulkExportJob.class)
        .setParameter("now", now)
        .getResultList()
        .forEach(
            job -> {
              files.delete(job.id());
              em.remove(job);
            });
  }
}
