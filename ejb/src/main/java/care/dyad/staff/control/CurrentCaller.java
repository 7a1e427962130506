package care.dyad.staff.control;

import jakarta.enterprise.context.RequestScoped;

/**
 * Holds the caller of the current request. The web layer fills it from the token it has already
 * validated; queries read the centres and payer from here so that scoping happens in the query.
 * Outside a request (timers) nobody is set, which scopes every query to nothing.
 */
@RequestScoped
public class CurrentCaller {

  private Caller caller = Caller.NOBODY;

  public Caller get() {
    return caller;
  }

  public void set(Caller caller) {
    this.caller = caller;
  }
}
