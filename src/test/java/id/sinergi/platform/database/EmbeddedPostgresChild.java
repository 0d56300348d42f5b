package id.sinergi.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedPostgresCrashTest}: starts the embedded server on a data
 * directory the way the application does, then inserts numbered rows, one transaction each, and
 * prints {@code ACK n} only after the commit of row n has returned, until it is killed.
 */
public final class EmbeddedPostgresChild {

    private EmbeddedPostgresChild() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgresServer.open(args[0]);
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"))) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table if not exists acknowledged (n bigint primary key)");
            }
            long first;
            try (Statement statement = connection.createStatement();
                    java.sql.ResultSet rs = statement.executeQuery("select coalesce(max(n), 0) + 1 from acknowledged")) {
                rs.next();
                first = rs.getLong(1);
            }
            System.out.println("READY");
            System.out.flush();
            connection.setAutoCommit(true);
            try (PreparedStatement insert = connection.prepareStatement("insert into acknowledged (n) values (?)")) {
                for (long n = first; ; n++) {
                    insert.setLong(1, n);
                    insert.executeUpdate();
                    System.out.println("ACK " + n);
                    System.out.flush();
                }
            }
        }
    }
}
