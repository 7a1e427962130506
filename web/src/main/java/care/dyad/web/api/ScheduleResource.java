package care.dyad.web.api;

import care.dyad.scheduling.boundary.CalendarEntry;
import care.dyad.scheduling.boundary.Schedules;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** The scheduler's day and week calendars per clinician or room. */
@Path("schedule")
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

  @Inject Schedules schedules;

  /** A clinician's or a room's day ({@code days=1}) or week ({@code days=7}). */
  @GET
  public List<CalendarEntry> calendar(
      @QueryParam("centreId") String centreId,
      @QueryParam("clinicianId") String clinicianId,
      @QueryParam("roomId") UUID roomId,
      @QueryParam("from") String from,
      @QueryParam("days") @DefaultValue("7") int days) {
    return schedules.calendar(centreId, clinicianId, roomId, QueryValues.date(from, "from"), days);
  }
}
