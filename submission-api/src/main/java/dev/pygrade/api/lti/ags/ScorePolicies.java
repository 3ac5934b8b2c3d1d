package dev.pygrade.api.lti.ags;

import dev.pygrade.api.lti.InvalidLtiRequest;
import dev.pygrade.api.lti.LtiConfig;
import dev.pygrade.api.problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Which score policy applies: the course's setting, else the exercise's, else {@code
 * pygrade.lti.passback.default-policy}. The course wins because it is the instructor's decision for their
 * gradebook; an exercise setting is its author's default.
 */
@ApplicationScoped
public class ScorePolicies {
    private final LtiConfig config;

    public ScorePolicies(LtiConfig config) {
        this.config = config;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ScorePolicy policyFor(String exerciseId, String courseId) {
        ScorePolicySetting setting = ScorePolicySetting.find(ScorePolicySetting.COURSE, courseId);
        if (setting == null) {
            setting = ScorePolicySetting.find(ScorePolicySetting.EXERCISE, exerciseId);
        }
        return ScorePolicy.parse(setting == null ? config.passback().defaultPolicy() : setting.policy);
    }

    @Transactional
    public ScorePolicySetting set(String scope, String scopeId, String policy) {
        if (!ScorePolicySetting.COURSE.equals(scope) && !ScorePolicySetting.EXERCISE.equals(scope)) {
            throw new InvalidLtiRequest(List.of(new FieldError("scope", "must be 'course' or 'exercise'")));
        }
        ScorePolicy parsed;
        try {
            parsed = ScorePolicy.parse(policy);
        } catch (IllegalArgumentException e) {
            throw new InvalidLtiRequest(List.of(new FieldError("policy", e.getMessage())));
        }
        ScorePolicySetting setting = ScorePolicySetting.find(scope, scopeId);
        if (setting == null) {
            setting = new ScorePolicySetting();
            setting.scope = scope;
            setting.scopeId = scopeId;
            setting.policy = parsed.wire();
            setting.persist();
        } else {
            setting.policy = parsed.wire();
        }
        return setting;
    }

    @Transactional
    public void clear(String scope, String scopeId) {
        ScorePolicySetting setting = ScorePolicySetting.find(scope, scopeId);
        if (setting != null) {
            setting.delete();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScorePolicySetting> list() {
        return ScorePolicySetting.listAll();
    }
}
