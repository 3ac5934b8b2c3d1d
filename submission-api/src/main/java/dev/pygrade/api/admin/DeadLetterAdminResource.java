package dev.pygrade.api.admin;

import dev.pygrade.api.auth.Allow;
import dev.pygrade.api.auth.CurrentPrincipal;
import dev.pygrade.api.auth.Role;
import dev.pygrade.api.problem.ProblemException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Admin API: the dead-letter topics (messages no consumer could take) and re-driving one of them. */
@Path("/api/v1/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Allow(Role.ADMIN)
public class DeadLetterAdminResource {
    private final DeadLetterReader reader;
    private final DeadLetterRedriver redriver;
    private final DeadLetterRedrives redrives;
    private final CurrentPrincipal current;

    public DeadLetterAdminResource(
            DeadLetterReader reader,
            DeadLetterRedriver redriver,
            DeadLetterRedrives redrives,
            CurrentPrincipal current) {
        this.reader = reader;
        this.redriver = redriver;
        this.redrives = redrives;
        this.current = current;
    }

    @GET
    @Operation(summary = "Messages on pygrade.submissions.dlq and pygrade.results.dlq with their reason headers")
    public List<DeadLetter> list(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        List<DeadLetter> letters = new ArrayList<>();
        for (String topic : DeadLetterTopics.ORIGINAL.keySet().stream().sorted().toList()) {
            Map<String, Instant> redriven = redrives.of(topic);
            for (ConsumerRecord<String, String> r : reader.newest(topic, limit)) {
                letters.add(DeadLetter.of(r, redriven.get(r.partition() + "/" + r.offset())));
            }
        }
        return letters;
    }

    @POST
    @Path("/{topic}/{partition}/{offset}/redrive")
    @Operation(summary = "Re-publish one dead letter to its original topic; a second time needs ?force=true")
    public Redriven redrive(
            @PathParam("topic") String topic,
            @PathParam("partition") int partition,
            @PathParam("offset") long offset,
            @QueryParam("force") @DefaultValue("false") boolean force) {
        String original = DeadLetterTopics.originalOf(topic)
                .orElseThrow(() -> new NotFound(topic + " is not a" + " dead-letter topic; use one of "
                        + DeadLetterTopics.ORIGINAL.keySet().stream().sorted().toList()));
        ConsumerRecord<String, String> letter = reader.at(topic, partition, offset)
                .orElseThrow(() ->
                        new NotFound(topic + " holds no message at partition " + partition + ", offset " + offset));
        redrives.when(topic, partition, offset).filter(at -> !force).ifPresent(at -> {
            throw new AlreadyRedriven(topic + "/" + partition + "/" + offset + " was re-driven at " + at
                    + "; add ?force=true to send it again");
        });
        RecordMetadata sent = redriver.redrive(letter, original);
        redrives.record(topic, partition, offset, current.credential().scope());
        return new Redriven(topic, partition, offset, sent.topic(), sent.partition(), sent.offset());
    }

    /** Where a re-driven message went. */
    public record Redriven(String topic, int partition, long offset, String toTopic, int toPartition, long toOffset) {}

    static class NotFound extends ProblemException {
        NotFound(String detail) {
            super(404, "dead-letter-not-found", "No such dead letter", detail, List.of());
        }
    }

    static class AlreadyRedriven extends ProblemException {
        AlreadyRedriven(String detail) {
            super(409, "dead-letter-already-redriven", "Already re-driven", detail, List.of());
        }
    }
}
