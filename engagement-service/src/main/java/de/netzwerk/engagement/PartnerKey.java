package de.netzwerk.engagement;

import java.util.UUID;

/**
 * A partner as every table here keys them: within their network. Facts, scores, pauses and alerts are read and
 * written by this pair, never by the partner id alone, so nothing of one network can reach another's rows.
 */
public record PartnerKey(String networkId, UUID partnerId) {
}
