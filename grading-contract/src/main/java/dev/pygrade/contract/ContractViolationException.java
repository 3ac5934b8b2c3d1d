package dev.pygrade.contract;

/** A message that does not follow the contract: unreadable JSON, a missing field, an unknown version. */
public class ContractViolationException extends RuntimeException {
    public ContractViolationException(String message) {
        super(message);
    }

    public ContractViolationException(String message, Throwable cause) {
        super(message, cause);
    }
}
