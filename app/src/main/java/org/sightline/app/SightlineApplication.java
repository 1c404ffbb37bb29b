package org.sightline.app;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Sightline portal shell. It knows the kernel, never a module: modules join through their
 * own auto-configurations (see modules/README.md).
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/sightline.css")
@Meta(name = "description", content = "Sightline: quality assurance for children's services")
public class SightlineApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(SightlineApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Sightline");
        settings.addFavIcon("icon", "icons/sightline.svg", "any");
    }
}
