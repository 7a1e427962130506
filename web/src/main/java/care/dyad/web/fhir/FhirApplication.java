package care.dyad.web.fhir;

import care.dyad.web.problem.HeaderScreen;
import care.dyad.web.problem.ParameterScreen;
import care.dyad.web.security.CallerFromToken;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;

/** The payer-facing FHIR API. */
@ApplicationPath("fhir")
public class FhirApplication extends Application {

  public static final Set<Class<?>> RESOURCES =
      Set.of(
          MetadataResource.class,
          BulkExportResource.class,
          SubscriptionResource.class,
          PayerResourcesResource.class);

  @Override
  public Set<Class<?>> getClasses() {
    var classes = new HashSet<Class<?>>(RESOURCES);
    classes.add(CallerFromToken.class);
    classes.add(FhirJsonWriter.class);
    classes.add(OperationOutcomeResponses.class);
    classes.add(ParameterScreen.class);
    classes.add(HeaderScreen.class);
    return classes;
  }
}
