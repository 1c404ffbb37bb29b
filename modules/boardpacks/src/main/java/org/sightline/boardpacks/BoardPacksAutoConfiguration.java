package org.sightline.boardpacks;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.ComponentScan;

/** Plugs the board packs module into the portal. */
@AutoConfiguration(afterName = "org.sightline.kernel.KernelAutoConfiguration", beforeName = {
        "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration"})
@AutoConfigurationPackage
@ComponentScan
public class BoardPacksAutoConfiguration {
}
