package dev.pygrade.api.result;

import dev.pygrade.contract.messaging.PoisonMessage;

/** A result for a submission this API never stored: the message goes to the dead-letter topic. */
public class UnknownSubmissionException extends RuntimeException implements PoisonMessage {
    public UnknownSubmissionException(String submissionId) {
        super("result for submission " + submissionId + ", which does not exist");
    }
}
