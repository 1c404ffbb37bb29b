package org.sightline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

/** The idle timeout is configuration, and it reaches the servlet session. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:idle-${random.uuid};DB_CLOSE_DELAY=-1",
        "sightline.demo-data=false",
        "sightline.security.idle-timeout=7m"})
class IdleTimeoutTest {

    @Autowired
    TomcatServletWebServerFactory webServer;

    @Autowired
    org.springframework.core.env.Environment environment;

    @Test
    void sessionTimesOutAfterTheConfiguredIdleTime() {
        assertThat(webServer.getSettings().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(7));
        // Vaadin's heartbeat must not keep an idle session alive
        assertThat(environment.getProperty("vaadin.closeIdleSessions")).isEqualTo("true");
    }
}
