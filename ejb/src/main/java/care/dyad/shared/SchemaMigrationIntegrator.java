package care.dyad.shared;

import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;

/**
 * Applies the versioned schema migrations while Hibernate builds the session factory: integrators
 * run before Hibernate validates the mapping ({@code hbm2ddl=validate}), so the schema is always
 * migrated first and then checked, on PostgreSQL and on H2 alike. Registered through {@code
 * META-INF/services}.
 */
public class SchemaMigrationIntegrator implements Integrator {

  private static final Logger LOG = Logger.getLogger(SchemaMigrationIntegrator.class.getName());

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    var dataSource =
        sessionFactory
            .getServiceRegistry()
            .requireService(ConnectionProvider.class)
            .unwrap(DataSource.class);
    var result =
        Flyway.configure(SchemaMigrationIntegrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations(
                "classpath:db/migration/common", "classpath:db/migration/" + vendorOf(dataSource))
            .failOnMissingLocations(false)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " after "
                + result.migrationsExecuted
                + " migration(s).");
  }

  /** Vendor-specific migrations (e.g. PostgreSQL triggers) live in a folder named after it. */
  private static String vendorOf(DataSource dataSource) {
    try (var connection = dataSource.getConnection()) {
      var product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      return product.contains("postgres") ? "postgresql" : product.contains("h2") ? "h2" : product;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot tell which database the datasource is", e);
    }
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory,
      org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {}
}
