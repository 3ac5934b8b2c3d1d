package dev.pygrade.contract.messaging;

/**
 * Marks a failure that the message itself causes (it breaks the contract, or names something that does not exist):
 * no retry and no other consumer can process it, so it belongs on the dead-letter topic.
 */
public interface PoisonMessage {}
