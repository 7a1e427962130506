package care.dyad.e2e.support;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the end-to-end tests: deploys the EAR the build produced (exactly what ships) to the
 * managed WildFly, which talks to PostgreSQL and the real Keycloak; tests act as clients.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class EndToEnd {

  @ArquillianResource protected URL deploymentUrl;

  protected Http http;
  protected Fixtures fixtures;

  @Deployment(testable = false)
  public static EnterpriseArchive application() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("dyadcare.ear")));
  }

  @BeforeEach
  void connect() {
    http = new Http(deploymentUrl);
    fixtures = new Fixtures(http);
  }
}
