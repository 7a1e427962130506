package care.dyad.programme.control;

import care.dyad.programme.entity.Instrument;
import care.dyad.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the instrument catalogue. */
@ApplicationScoped
public class InstrumentCatalogue {

  @PersistenceContext EntityManager em;

  public List<Instrument> all() {
    return em.createQuery("select i from Instrument i order by i.code", Instrument.class)
        .getResultList();
  }

  public Instrument find(String code) {
    return code == null ? null : em.find(Instrument.class, code.trim());
  }

  public void add(Instrument instrument) {
    em.persist(instrument);
  }

  /** The instrument with that code, or a refusal listing the catalogue's codes. */
  public Instrument require(String code) {
    var instrument = code == null ? null : em.find(Instrument.class, code.trim());
    if (instrument == null) {
      throw DomainException.invalid(
          "instrumentCode",
          "'"
              + code
              + "' is not a catalogued instrument; use one of "
              + all().stream().map(Instrument::code).collect(Collectors.joining(", "))
              + ".");
    }
    return instrument;
  }
}
