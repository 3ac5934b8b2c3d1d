package dev.pygrade.grader.sandbox;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

/**
 * Gives each running sandbox its own learner uid. Under runc, uids are shared by every container on the host, and
 * the kernel's per-uid process limit would let a fork bomb in one sandbox starve another with the same uid.
 */
public final class LearnerUids {
    private final SecureRandom random = new SecureRandom();
    private final Set<Integer> inUse = new HashSet<>();
    private final int base;
    private final int count;

    public LearnerUids(int base, int count) {
        this.base = base;
        this.count = count;
    }

    public synchronized int acquire() {
        while (true) {
            // Even uids only: uid + 1 is the same sandbox's reference process.
            int uid = base + 2 * random.nextInt(count / 2);
            if (inUse.add(uid)) {
                return uid;
            }
        }
    }

    public synchronized void release(int uid) {
        inUse.remove(uid);
    }
}
