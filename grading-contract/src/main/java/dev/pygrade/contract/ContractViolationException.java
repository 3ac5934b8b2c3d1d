package dev.pygrade.contract;

import dev.pygrade.contract.messaging.PoisonMessage;

/** A message that does not follow the contract: unreadable JSON, a missing field, an unknown version. */
public class ContractViolationException extends RuntimeException implements PoisonMessage {
    public ContractViolationException(String message) {
        super(message);
    }

    public ContractViolationException(String message, Throwable cause) {
        super(message, cause);
    }
}
