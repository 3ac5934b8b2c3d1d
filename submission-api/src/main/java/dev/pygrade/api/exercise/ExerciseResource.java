package dev.pygrade.api.exercise;

import dev.pygrade.api.auth.Allow;
import dev.pygrade.api.auth.Role;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The exercise catalog, as learners may see it; any authenticated caller may read it. */
@Path("/api/v1/exercises")
@Allow({Role.LEARNER, Role.INSTRUCTOR, Role.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ExerciseResource {
    private final ExerciseCatalog catalog;

    public ExerciseResource(ExerciseCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "List exercises, sorted by day then id; ?day=8 lists one day's")
    public List<ExerciseSummary> list(
            @QueryParam("day") @Pattern(regexp = "\\d{1,4}", message = "must be a whole number of days, e.g. 8")
                    String day) {
        Optional<Integer> filter = Optional.ofNullable(day).map(Integer::valueOf);
        return catalog.list(filter).stream().map(ExerciseSummary::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One exercise: statement, starter and visible tests (never hidden tests or solutions)")
    public ExerciseDetail get(@PathParam("id") String id) {
        return catalog.find(id).map(ExerciseDetail::of).orElseThrow(() -> new ExerciseNotFoundException(id));
    }
}
