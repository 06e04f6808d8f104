package org.vidya.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for each Spring test context, dropped when that context closes,
 * so that runs never see each other's rows.
 */
public final class PostgresDatabases {

    static final String HOST = System.getenv().getOrDefault("VIDYA_TEST_PG_HOST", "127.0.0.1:5432");
    static final String USER = System.getenv().getOrDefault("VIDYA_TEST_PG_USER", "postgres");
    static final String PASSWORD = System.getenv().getOrDefault("VIDYA_TEST_PG_PASSWORD", "");

    private PostgresDatabases() {
    }

    static boolean available() {
        try (Connection ignored = admin()) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Where a fresh database can be reached. */
    public record Database(String name, String url, String user, String password) {

        /** Drops the database; call it once nothing uses it any more. */
        public void drop() {
            try (Connection connection = admin(); Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + name + " with (force)");
            } catch (SQLException ignored) {
                // The server went away first; nothing left to clean.
            }
        }
    }

    /** Creates a fresh database now. */
    public static Database createDatabase() {
        String name = "vidya_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on " + HOST + ": " + e.getMessage(), e);
        }
        return new Database(name, "jdbc:postgresql://" + HOST + "/" + name, USER, PASSWORD);
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, PASSWORD);
    }
}
