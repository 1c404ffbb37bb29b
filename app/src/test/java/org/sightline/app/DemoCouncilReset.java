package org.sightline.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Lets every browserless test class share one Spring context (one start-up instead of thirty)
 * without seeing another class's changes: the first class takes a snapshot of the demo council as
 * start-up left it, and before each later class the H2 database is dropped and rebuilt from that
 * snapshot, identity counters and sequences included. Within a class, tests share data as before.
 */
public class DemoCouncilReset extends AbstractTestExecutionListener {

    private static final Map<DataSource, Path> SNAPSHOTS = new ConcurrentHashMap<>();

    @Override
    public void beforeTestClass(TestContext testContext) {
        DataSource dataSource = testContext.getApplicationContext().getBean(DataSource.class);
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            Path snapshot = SNAPSHOTS.get(dataSource);
            if (snapshot == null) {
                Path file = Files.createTempFile("sightline-demo-council-", ".sql");
                file.toFile().deleteOnExit();
                sql.execute("SCRIPT TO '" + file + "'");
                SNAPSHOTS.put(dataSource, file);
            } else {
                sql.execute("DROP ALL OBJECTS");
                sql.execute("RUNSCRIPT FROM '" + snapshot + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reset the demo council between test classes", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
