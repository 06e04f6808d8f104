package org.vidya.platform.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;
import org.vidya.platform.Tenancy;

/**
 * The second wall between tenants on PostgreSQL. At start-up every table with a
 * {@code tenant_id} column gets a forced row-level security policy; at the start of every
 * transaction the current tenant is written to {@code vidya.tenant_id} (transaction-local).
 * Superusers bypass row-level security, so when the application connects as one, each
 * transaction switches to a restricted role that does not.
 */
@Component
@DependsOnDatabaseInitialization
public class RowLevelSecurity implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(RowLevelSecurity.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final DataSource dataSource;
    private final TenancyProperties properties;
    private volatile boolean active;
    private volatile boolean switchRole;

    RowLevelSecurity(DataSource dataSource, TenancyProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        if (!properties.rowLevelSecurity()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            String role = properties.restrictedRole();
            if (!IDENTIFIER.matcher(role).matches()) {
                throw new IllegalStateException("vidya.tenancy.restricted-role must be a plain identifier: " + role);
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // Several nodes may start at once; one installs the policies at a time.
                statement.execute("select pg_advisory_xact_lock(7355608)");
                List<String> tables = tenantTables(connection);
                for (String table : tables) {
                    statement.execute("alter table " + table + " enable row level security");
                    statement.execute("alter table " + table + " force row level security");
                    statement.execute("drop policy if exists tenant_isolation on " + table);
                    statement.execute("create policy tenant_isolation on " + table
                            + " using (tenant_id = nullif(current_setting('vidya.tenant_id', true), '')::uuid"
                            + " or current_setting('vidya.tenant_root', true) = 'on')"
                            + " with check (tenant_id = nullif(current_setting('vidya.tenant_id', true), '')::uuid"
                            + " or current_setting('vidya.tenant_root', true) = 'on')");
                }
                switchRole = bypassesRowLevelSecurity(connection);
                if (switchRole) {
                    try (ResultSet rs = statement.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
                        if (!rs.next()) {
                            statement.execute("create role " + role + " nologin");
                        }
                    }
                    statement.execute("grant usage on schema " + currentSchema(connection) + " to " + role);
                    statement.execute("grant select, insert, update, delete on all tables in schema "
                            + currentSchema(connection) + " to " + role);
                    statement.execute("grant usage, select on all sequences in schema "
                            + currentSchema(connection) + " to " + role);
                }
                connection.commit();
                log.info("Row-level security enforced on {} tenant tables{}", tables.size(),
                        switchRole ? " (transactions run as role " + role + ")" : "");
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        active = true;
    }

    /** Called at the start of every transaction on PostgreSQL. */
    void apply(Connection connection) throws SQLException {
        String tenant = Tenancy.current().map(t -> t.value().toString()).orElse("");
        try (PreparedStatement statement = connection.prepareStatement(switchRole
                ? "select set_config('vidya.tenant_id', ?, true), set_config('vidya.tenant_root', ?, true), set_config('role', ?, true)"
                : "select set_config('vidya.tenant_id', ?, true), set_config('vidya.tenant_root', ?, true)")) {
            statement.setString(1, tenant);
            statement.setString(2, Tenancy.isRoot() ? "on" : "off");
            if (switchRole) {
                statement.setString(3, properties.restrictedRole());
            }
            statement.execute();
        }
    }

    private static List<String> tenantTables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.table_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE'
                order by c.table_name""");
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (IDENTIFIER.matcher(table).matches()) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    private static boolean bypassesRowLevelSecurity(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select rolsuper or rolbypassrls from pg_roles where rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select current_schema()")) {
            rs.next();
            String schema = rs.getString(1);
            if (!IDENTIFIER.matcher(schema).matches()) {
                throw new IllegalStateException("Unsupported schema name " + schema);
            }
            return schema;
        }
    }
}
