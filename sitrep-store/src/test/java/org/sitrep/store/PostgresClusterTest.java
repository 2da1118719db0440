package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The test PostgreSQL server: a real one, reached over JDBC, on the loopback address only. */
class PostgresClusterTest {

    @Test
    void storesAndReadsARow() throws SQLException {
        PostgresCluster pg = PostgresCluster.shared();
        try (Connection connection = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE cluster_check (id integer PRIMARY KEY, place text NOT NULL)");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO cluster_check (id, place) VALUES (?, ?)")) {
                insert.setInt(1, 1);
                insert.setString(2, "Port Sudan, البحر الأحمر");
                assertEquals(1, insert.executeUpdate());
            }
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id, place FROM cluster_check")) {
                assertTrue(rows.next());
                assertEquals(1, rows.getInt("id"));
                assertEquals("Port Sudan, البحر الأحمر", rows.getString("place"));
                assertFalse(rows.next());
            }
        }
    }

    @Test
    void listensOnTheLoopbackAddressOnly() throws SQLException {
        PostgresCluster pg = PostgresCluster.shared();
        assertTrue(pg.jdbcUrl().startsWith("jdbc:postgresql://127.0.0.1:" + pg.port() + "/"), pg.jdbcUrl());
        try (Connection connection = pg.connect()) {
            assertEquals("127.0.0.1", show(connection, "listen_addresses"));
            assertEquals(Integer.toString(pg.port()), show(connection, "port"));
            // The unix socket lives in the cluster's own directory, not /var/run/postgresql.
            assertEquals(pg.directory().resolve("sock").toString(), show(connection, "unix_socket_directories"));
            assertEquals("UTF8", show(connection, "server_encoding"));
            assertEquals("C", show(connection, "lc_collate"));
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT host(inet_server_addr())")) {
                rows.next();
                assertEquals("127.0.0.1", rows.getString(1));
            }
        }
    }

    @Test
    void isSharedAndSurvivesClose() throws SQLException {
        PostgresCluster pg = PostgresCluster.shared();
        assertSame(pg, PostgresCluster.shared());
        pg.close(); // the shared cluster is stopped by the JVM's shutdown hook only
        try (Connection connection = pg.connect()) {
            assertEquals(PostgresCluster.DATABASE, connection.getCatalog());
        }
    }

    @Test
    void givesATestADatabaseOfItsOwn() throws SQLException {
        PostgresCluster pg = PostgresCluster.shared();
        String url = pg.createDatabase("own_database_check");
        assertEquals(pg.jdbcUrl("own_database_check"), url);
        try (Connection connection = pg.connect("own_database_check");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rows.next();
            assertEquals(0, rows.getInt(1));
        }
        assertThrows(IllegalArgumentException.class, () -> pg.createDatabase("x; DROP DATABASE sitrep"));
    }

    @Test
    void aPrivateClusterStopsAndLeavesNothingBehind() throws Exception {
        Path directory;
        int port;
        try (PostgresCluster pg = PostgresCluster.start()) {
            directory = pg.directory();
            port = pg.port();
            try (Connection connection = pg.connect()) {
                assertEquals(pg.serverVersion(), show(connection, "server_version"));
            }
        }
        assertFalse(Files.exists(directory), directory + " is left behind");
        try (Socket socket = new Socket()) {
            assertThrows(java.io.IOException.class,
                    () -> socket.connect(new InetSocketAddress("127.0.0.1", port), 1000));
        }
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW " + setting)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
