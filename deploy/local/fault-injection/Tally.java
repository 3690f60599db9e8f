import java.util.concurrent.atomic.AtomicInteger;

/** What a run's workload did: requests answered, creates whose answer was lost (in doubt), jobs done. */
final class Tally {

    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger inDoubt = new AtomicInteger();
    private final AtomicInteger jobsDone = new AtomicInteger();

    void countRequest() {
        requests.incrementAndGet();
    }

    void countInDoubt() {
        inDoubt.incrementAndGet();
    }

    void countJobDone() {
        jobsDone.incrementAndGet();
    }

    int requests() {
        return requests.get();
    }

    int inDoubt() {
        return inDoubt.get();
    }

    int jobsDone() {
        return jobsDone.get();
    }
}
