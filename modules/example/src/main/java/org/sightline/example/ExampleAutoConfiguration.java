package org.sightline.example;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.ComponentScan;

/**
 * Plugs the module into the portal when its jar is on the classpath: after the kernel (whose
 * beans it uses), before JPA (so its entities and repositories are found in this package).
 */
@AutoConfiguration(afterName = "org.sightline.kernel.KernelAutoConfiguration", beforeName = {
        "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"})
@AutoConfigurationPackage
@ComponentScan
public class ExampleAutoConfiguration {
}
