package org.sightline.kernel.module;

import org.sightline.kernel.demo.DemoDirectory;

/**
 * Loads a module's invented demo records. Called once, in a transaction, on an empty embedded
 * database after the people, teams and cases exist.
 */
@FunctionalInterface
public interface DemoDataContributor {
    void load(DemoDirectory directory);
}
