package care.dyad.web.api;

import care.dyad.scheduling.boundary.CalendarEntry;
import care.dyad.scheduling.boundary.Schedules;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

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
      @QueryParam("roomId") String roomId,
      @QueryParam("from") String from,
      @QueryParam("days") String days) {
    return schedules.calendar(
        centreId,
        clinicianId,
        QueryValues.uuid(roomId, "roomId"),
        QueryValues.date(from, "from"),
        QueryValues.integer(days, "days", 7));
  }
}
