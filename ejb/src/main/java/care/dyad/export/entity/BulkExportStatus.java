package care.dyad.export.entity;

/** Where a bulk export job stands. */
public enum BulkExportStatus {
  IN_PROGRESS,
  COMPLETED,
  FAILED,
  CANCELLED;

  public boolean finished() {
    return this != IN_PROGRESS;
  }
}
