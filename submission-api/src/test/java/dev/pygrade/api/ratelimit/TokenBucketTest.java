package dev.pygrade.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bucket's arithmetic, on a clock the test moves. */
class TokenBucketTest {
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void aFullBucketGivesItsBurstThenRefillsAtTheRate() {
        TokenBucket bucket = new TokenBucket(2, 60, 0); // one token per second
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isEqualTo(SECOND);
        assertThat(bucket.tryTake(SECOND / 2)).isEqualTo(SECOND / 2);
        assertThat(bucket.tryTake(SECOND)).isZero();
        assertThat(bucket.isFull(10 * SECOND)).isTrue();
    }

    @Test
    void aTokenGivenBackCanBeTakenAgainButNeverOverfills() {
        TokenBucket bucket = new TokenBucket(1, 1, 0);
        assertThat(bucket.tryTake(0)).isZero();
        bucket.giveBack();
        assertThat(bucket.tryTake(0)).isZero();
        bucket.giveBack();
        bucket.giveBack();
        assertThat(bucket.tryTake(0)).isZero();
        assertThat(bucket.tryTake(0)).isEqualTo(60 * SECOND);
    }

    @Test
    void aClockSetBackNeitherRefillsNorDrainsTheBucket() {
        TokenBucket bucket = new TokenBucket(2, 60, 10 * SECOND);
        assertThat(bucket.tryTake(10 * SECOND)).isZero();
        assertThat(bucket.tryTake(5 * SECOND)).isZero(); // the wall clock went back 5 s: the last token is still there
        assertThat(bucket.tryTake(5 * SECOND)).isEqualTo(SECOND);
        assertThat(bucket.tryTake(11 * SECOND)).isZero(); // counted from the latest time seen, not from the earlier one
    }
}
