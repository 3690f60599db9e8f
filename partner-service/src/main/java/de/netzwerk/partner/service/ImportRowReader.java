package de.netzwerk.partner.service;

import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerKind;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.Sector;
import de.netzwerk.partner.language.Languages;
import de.netzwerk.partner.language.Messages;
import de.netzwerk.partner.service.ImportReport.RowProblem;
import de.netzwerk.partner.service.command.PartnerCommand;
import de.netzwerk.partner.spreadsheet.CsvRecord;
import de.netzwerk.partner.spreadsheet.FormulaGuard;
import de.netzwerk.partner.spreadsheet.Language;
import de.netzwerk.partner.spreadsheet.PartnerColumn;
import de.netzwerk.partner.spreadsheet.PartnerSheet;
import de.netzwerk.partner.spreadsheet.PartnerVocabularies;
import de.netzwerk.partner.spreadsheet.PartnerVocabularies.Answer;
import de.netzwerk.partner.spreadsheet.Vocabulary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one row of a partner spreadsheet into the profile it asks for, and checks it by the rules of the API
 * ({@link PartnerCommand}'s constraints), naming the column of each problem in German and English.
 * <p>
 * A column the file has replaces the value (an empty cell clears an optional field); a column it lacks keeps the
 * partner's value. Empty status and consent cells keep them too (a new partner: ACTIVE, no consent). Expertise tags
 * are separated by {@code ,}, {@code |} or {@code ;} inside their cell (a tag holds none of them).
 */
@ApplicationScoped
class ImportRowReader {

    private final Validator validator;
    private final TextRule textRule;

    ImportRowReader(Validator validator, TextRule textRule) {
        this.validator = validator;
        this.textRule = textRule;
    }

    /** The row's cells, read; a request can be built from them unless there are problems. */
    record Read(Map<PartnerColumn, String> cells, List<RowProblem> problems, PartnerKind kind, Sector sector,
            PartnerStatus status, Map<PartnerColumn, Boolean> answers) {

        String externalId() {
            return cells.get(PartnerColumn.EXTERNAL_ID);
        }

        String email() {
            return cells.get(PartnerColumn.EMAIL);
        }

        /** The profile the row asks for: the partner's, or a new one's, with what the file says over it. */
        PartnerCommand request(Partner partner) {
            Optional<Partner> base = Optional.ofNullable(partner);
            return new PartnerCommand(
                    cells.containsKey(PartnerColumn.KIND) ? kind : base.map(p -> p.kind).orElse(null),
                    cells.containsKey(PartnerColumn.SECTOR) ? sector : base.map(p -> p.sector).orElse(null),
                    text(PartnerColumn.NAME, base.map(p -> p.name)),
                    text(PartnerColumn.EMAIL, base.map(p -> p.email)),
                    text(PartnerColumn.PHONE, base.map(p -> p.phone)),
                    cells.containsKey(PartnerColumn.EXPERTISE) ? tags(cells.get(PartnerColumn.EXPERTISE))
                            : base.map(p -> List.copyOf(p.expertise)).orElse(List.of()),
                    text(PartnerColumn.INTERESTS, base.map(p -> p.interests)),
                    text(PartnerColumn.OFFERS, base.map(p -> p.offers)),
                    status != null ? status : base.map(p -> p.status).orElse(null),
                    answer(PartnerColumn.CONTACT_CONSENT, base.map(p -> p.contactConsent.given)),
                    answer(PartnerColumn.LISTING_CONSENT, base.map(p -> p.listingConsent.given)),
                    answer(PartnerColumn.STAY_LISTED_CONSENT, base.map(p -> p.stayListedConsent.given)),
                    base.map(p -> p.responsiblePartnerId).orElse(null),
                    text(PartnerColumn.EXTERNAL_ID, base.map(p -> p.externalId)));
        }

        private String text(PartnerColumn column, Optional<String> current) {
            return cells.containsKey(column) ? cells.get(column) : current.orElse(null);
        }

        private Boolean answer(PartnerColumn column, Optional<Boolean> current) {
            Boolean answer = answers.get(column);
            return answer != null ? answer : current.orElse(false);
        }

        private static List<String> tags(String cell) {
            if (cell == null) {
                return List.of();
            }
            return Arrays.stream(cell.split("[,|;]")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
        }
    }

    Read read(PartnerSheet sheet, CsvRecord record) {
        List<RowProblem> problems = new ArrayList<>();
        if (record.isBroken()) {
            problems.add(broken(sheet, record));
            return new Read(Map.of(), problems, null, null, null, Map.of());
        }
        if (record.cells().size() > sheet.width()) {
            problems.add(new RowProblem(null, "TOO_MANY_CELLS",
                    "Die Zeile hat %d Zellen, aber nur %d Überschriften.".formatted(record.cells().size(), sheet.width()),
                    "The row has %d cells but only %d headings.".formatted(record.cells().size(), sheet.width())));
        }
        Map<PartnerColumn, String> cells = new EnumMap<>(PartnerColumn.class);
        for (PartnerColumn column : PartnerColumn.values()) {
            sheet.cell(record, column).ifPresent(cell -> {
                String value = FormulaGuard.unguarded(isFreeText(column) ? cell : cell.strip());
                textRule.problemIn(value).ifPresent(problem -> problems.add(new RowProblem(sheet.heading(column),
                        "TEXT_INVALID", Messages.render(problem, Languages.GERMAN), Messages.render(problem, Languages.ENGLISH))));
                cells.put(column, value.isBlank() ? null : value);
            });
        }
        PartnerKind kind = closed(sheet, cells, PartnerColumn.KIND, PartnerVocabularies.KIND, "KIND_UNKNOWN", problems);
        Sector sector = closed(sheet, cells, PartnerColumn.SECTOR, PartnerVocabularies.SECTOR, "SECTOR_UNKNOWN", problems);
        PartnerStatus status = closed(sheet, cells, PartnerColumn.STATUS, PartnerVocabularies.STATUS, "STATUS_UNKNOWN", problems);
        if (status == PartnerStatus.ERASED) {
            problems.add(new RowProblem(sheet.heading(PartnerColumn.STATUS), "STATUS_ERASED",
                    "„Gelöscht“ setzt nur die Löschung der personenbezogenen Daten.",
                    "'Erased' is set by the erasure of personal data only."));
        }
        Map<PartnerColumn, Boolean> answers = new EnumMap<>(PartnerColumn.class);
        for (PartnerColumn column : List.of(PartnerColumn.CONTACT_CONSENT, PartnerColumn.LISTING_CONSENT,
                PartnerColumn.STAY_LISTED_CONSENT)) {
            Answer answer = closed(sheet, cells, column, PartnerVocabularies.ANSWER, "ANSWER_UNKNOWN", problems);
            if (answer != null) {
                answers.put(column, answer == Answer.YES);
            }
        }
        return new Read(cells, problems, kind, sector, status, answers);
    }

    /** The problems of the profile by the API's rules, each named by its column; empty if none. */
    List<RowProblem> validate(PartnerSheet sheet, PartnerCommand request) {
        return validator.validate(request).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .map(violation -> problem(sheet, violation))
                .toList();
    }

    private static boolean isFreeText(PartnerColumn column) {
        return column == PartnerColumn.INTERESTS || column == PartnerColumn.OFFERS;
    }

    private static <E extends Enum<E>> E closed(PartnerSheet sheet, Map<PartnerColumn, String> cells,
            PartnerColumn column, Vocabulary<E> vocabulary, String code, List<RowProblem> problems) {
        String cell = cells.get(column);
        if (cell == null) {
            return null;
        }
        Optional<E> value = vocabulary.read(cell);
        if (value.isEmpty()) {
            problems.add(new RowProblem(sheet.heading(column), code,
                    "„%s“ ist unbekannt; erlaubt: %s".formatted(cell, vocabulary.labels(Language.DE)),
                    "'%s' is unknown; allowed: %s".formatted(cell, vocabulary.labels(Language.EN))));
        }
        return value.orElse(null);
    }

    private static RowProblem broken(PartnerSheet sheet, CsvRecord record) {
        String column = sheet.headingAt(record.cell());
        return switch (record.broken()) {
            case UNBALANCED_QUOTE -> new RowProblem(column, "UNBALANCED_QUOTE",
                    "Ein Anführungszeichen wird nicht geschlossen; die Zeile ist nicht lesbar.",
                    "A quote is never closed; the row cannot be read.");
            case TEXT_AFTER_QUOTE -> new RowProblem(column, "TEXT_AFTER_QUOTE",
                    "Nach dem schließenden Anführungszeichen folgt weiterer Text; verdoppeln Sie Anführungszeichen im Text.",
                    "Text follows the closing quote; double the quotes inside the text.");
        };
    }

    private static RowProblem problem(PartnerSheet sheet, ConstraintViolation<PartnerCommand> violation) {
        String property = null;
        boolean element = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY && property == null) {
                property = node.getName();
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.isInIterable()) {
                element = true;
            }
        }
        PartnerColumn column = column(property);
        String heading = column == null ? null : sheet.heading(column);
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Object max = violation.getConstraintDescriptor().getAttributes().get("max");
        return switch (constraint) {
            case "NotNull", "NotBlank" -> new RowProblem(heading, "REQUIRED", "darf nicht leer sein", "must not be empty");
            case "Email" -> new RowProblem(heading, "EMAIL_INVALID", "ist keine gültige E-Mail-Adresse",
                    "is not a valid email address");
            case "Size" -> column == PartnerColumn.EXPERTISE && !element
                    ? new RowProblem(heading, "TOO_MANY_TAGS", "höchstens " + max + " Fachgebiete",
                            "at most " + max + " tags")
                    : new RowProblem(heading, "TOO_LONG", "ist zu lang (höchstens " + max + " Zeichen)",
                            "is too long (at most " + max + " characters)");
            case "Pattern" -> column == PartnerColumn.EXPERTISE
                    ? new RowProblem(heading, "TAG_INVALID",
                            "Fachgebiete sind Stichworte: Buchstaben, Ziffern, Leerzeichen und Bindestriche, getrennt durch Komma",
                            "tags are words: letters, digits, spaces and hyphens, separated by commas")
                    : column == PartnerColumn.PHONE
                            ? new RowProblem(heading, "PHONE_INVALID", "ist keine Telefonnummer", "is not a phone number")
                            : new RowProblem(heading, "TEXT_INVALID", "darf keinen Zeilenumbruch enthalten",
                                    "must not contain a line break");
            default -> new RowProblem(heading, "INVALID", "ist ungültig", violation.getMessage());
        };
    }

    private static PartnerColumn column(String property) {
        return switch (property == null ? "" : property) {
            case "kind" -> PartnerColumn.KIND;
            case "sector" -> PartnerColumn.SECTOR;
            case "name" -> PartnerColumn.NAME;
            case "email" -> PartnerColumn.EMAIL;
            case "phone" -> PartnerColumn.PHONE;
            case "expertise" -> PartnerColumn.EXPERTISE;
            case "interests" -> PartnerColumn.INTERESTS;
            case "offers" -> PartnerColumn.OFFERS;
            case "externalId" -> PartnerColumn.EXTERNAL_ID;
            default -> null;
        };
    }
}
