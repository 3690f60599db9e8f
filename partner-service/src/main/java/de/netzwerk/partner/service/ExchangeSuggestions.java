package de.netzwerk.partner.service;

import de.netzwerk.partner.ExchangeEntry;
import de.netzwerk.partner.ExchangeSide;
import de.netzwerk.partner.exchange.ExchangeMatcher;
import de.netzwerk.partner.repository.ExchangeEntryRepository;
import de.netzwerk.partner.repository.ExchangeMatchRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Suggested matches among the network's open offers and needs, ranked by {@link ExchangeMatcher}. */
@ApplicationScoped
@Transactional
public class ExchangeSuggestions {

    private final ExchangeEntryRepository entries;
    private final ExchangeMatchRepository matches;
    private final ExchangeService exchange;

    ExchangeSuggestions(ExchangeEntryRepository entries, ExchangeMatchRepository matches, ExchangeService exchange) {
        this.entries = entries;
        this.matches = matches;
        this.exchange = exchange;
    }

    /** The pairs not matched yet, best first; only those involving {@code partnerId} if given. */
    public List<ExchangeMatcher.Suggestion> suggest(String networkId, UUID partnerId) {
        LocalDate today = exchange.today(networkId);
        List<ExchangeMatcher.Listing> offers = listings(entries.open(networkId, ExchangeSide.OFFER, today));
        List<ExchangeMatcher.Listing> needs = listings(entries.open(networkId, ExchangeSide.NEED, today));
        Set<ExchangeMatcher.Pair> matched = matches.livePairs(networkId).stream()
                .map(pair -> new ExchangeMatcher.Pair((UUID) pair[0], (UUID) pair[1])).collect(Collectors.toSet());
        return ExchangeMatcher.suggest(offers, needs, matched).stream()
                .filter(suggestion -> partnerId == null || partnerId.equals(suggestion.offer().partnerId())
                        || partnerId.equals(suggestion.need().partnerId()))
                .toList();
    }

    private static List<ExchangeMatcher.Listing> listings(List<ExchangeEntry> open) {
        return open.stream().map(entry -> new ExchangeMatcher.Listing(entry.id, entry.partnerId, entry.kind,
                entry.description, Set.copyOf(entry.tags))).toList();
    }
}
