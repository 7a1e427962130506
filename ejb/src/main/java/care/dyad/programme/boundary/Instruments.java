package care.dyad.programme.boundary;

import care.dyad.audit.control.Audited;
import care.dyad.programme.control.InstrumentCatalogue;
import care.dyad.programme.entity.Instrument;
import care.dyad.programme.entity.ScaleKind;
import care.dyad.shared.Codes;
import care.dyad.shared.DomainException;
import care.dyad.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The instrument catalogue: reference data, readable by staff. */
@Stateless
public class Instruments {

  @Inject InstrumentCatalogue catalogue;

  @RolesAllowed({Roles.CLINICIAN, Roles.SCHEDULER, Roles.CENTRE_ADMIN})
  public List<InstrumentView> catalogue() {
    return catalogue.all().stream().map(InstrumentView::of).toList();
  }

  /**
   * Creates or changes a catalogue entry. Recorded scores keep the values clinicians entered; only
   * new scores are checked against a changed scale.
   */
  @RolesAllowed(Roles.CENTRE_ADMIN)
  @Audited(action = "instrument.define", target = "instrument")
  public Defined<InstrumentView> define(
      String code,
      @NotNull(message = "a JSON request body is required") @Valid
          InstrumentDefinition definition) {
    var existing = catalogue.find(code);
    if (existing != null) {
      existing.define(definition.toDefinition());
      return new Defined<>(InstrumentView.of(existing), false);
    }
    if (code == null || !code.matches("[a-z0-9][a-z0-9-]{1,63}")) {
      throw DomainException.invalid(
          "code", "code must be 2-64 lower-case letters, digits or hyphens, e.g. sdq-total.");
    }
    var kind = Codes.parse(ScaleKind.class, definition.scaleKind(), "scaleKind");
    var categories = definition.categories() == null ? List.<String>of() : definition.categories();
    if (kind == ScaleKind.CATEGORICAL && categories.size() < 2) {
      throw DomainException.invalid(
          "categories", "A categorical scale needs at least two ordered categories.");
    }
    // The columns that hold them: each category up to 16 characters, the list up to 200.
    if (categories.stream()
            .anyMatch(c -> c == null || c.isBlank() || c.length() > 16 || c.contains(","))
        || String.join(",", categories).length() > 200) {
      throw DomainException.invalid(
          "categories",
          "Each category must be 1-16 characters without commas, and all together at most 200.");
    }
    var instrument = Instrument.create(code, kind, categories, definition.toDefinition());
    catalogue.add(instrument);
    return new Defined<>(InstrumentView.of(instrument), true);
  }
}
