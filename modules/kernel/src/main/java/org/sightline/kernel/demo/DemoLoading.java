package org.sightline.kernel.demo;

/**
 * Marks the thread that loads the demo data. Records the demo raises through the real services
 * still notify people in the portal, but no email is queued: the demo's people are invented and
 * their addresses are not anyone's.
 */
public final class DemoLoading {

    private static final ThreadLocal<Boolean> LOADING = ThreadLocal.withInitial(() -> false);

    private DemoLoading() {
    }

    public static void run(Runnable load) {
        LOADING.set(true);
        try {
            load.run();
        } finally {
            LOADING.remove();
        }
    }

    public static boolean inProgress() {
        return LOADING.get();
    }
}
