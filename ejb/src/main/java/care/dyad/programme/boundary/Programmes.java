package care.dyad.programme.boundary;

import care.dyad.audit.control.Audited;
import care.dyad.programme.control.ProgrammeCatalogue;
import care.dyad.programme.entity.Programme;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The programme catalogue: read by staff, maintained by centre admins. */
@Stateless
public class Programmes {

  @Inject ProgrammeCatalogue catalogue;

  @RolesAllowed({Roles.CLINICIAN, Roles.SCHEDULER, Roles.CENTRE_ADMIN})
  public List<ProgrammeView> catalogue() {
    return catalogue.all().stream().map(ProgrammeView::of).toList();
  }

  @RolesAllowed({Roles.CLINICIAN, Roles.SCHEDULER, Roles.CENTRE_ADMIN})
  public ProgrammeView find(String code) {
    return catalogue
        .find(code)
        .map(ProgrammeView::of)
        .orElseThrow(() -> DomainException.notFound("Programme", code));
  }

  /** Creates or changes a catalogue entry; care plans already assigned keep their copied dose. */
  @RolesAllowed(Roles.CENTRE_ADMIN)
  @Audited(action = "programme.define", target = "programme")
  public Defined<ProgrammeView> define(
      String code,
      @NotNull(message = "a JSON request body is required") @Valid ProgrammeDefinition definition) {
    var existing = catalogue.find(code);
    if (existing.isPresent()) {
      existing.get().define(definition.toDefinition());
      return new Defined<>(ProgrammeView.of(existing.get()), false);
    }
    if (code == null || !code.matches("[a-z0-9][a-z0-9-]{1,63}")) {
      throw DomainException.invalid(
          "code", "code must be 2-64 lower-case letters, digits or hyphens, e.g. vipp-sd.");
    }
    var programme = new Programme(code, definition.toDefinition());
    catalogue.add(programme);
    return new Defined<>(ProgrammeView.of(programme), true);
  }
}
