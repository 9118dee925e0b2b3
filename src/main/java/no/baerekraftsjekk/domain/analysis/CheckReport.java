package no.baerekraftsjekk.domain.analysis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import no.baerekraftsjekk.domain.Assessment;
import no.baerekraftsjekk.domain.Dimension;
import no.baerekraftsjekk.domain.Goal;
import no.baerekraftsjekk.domain.GoalAssessment;
import no.baerekraftsjekk.domain.text.Message;
import no.baerekraftsjekk.domain.text.Texts;

/**
 * The {@code check} output for a valid file, exactly as the format spec shows it, keys in the spec's
 * order. A public contract: other programs parse it, so it holds the spec's fields and no others
 * (orphaned handlings and hint sources, for example, are left out).
 */
public final class CheckReport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CheckReport() {
    }

    /**
     * @param texts the language of the warnings and blocking reasons; the command line passes bokmål
     *        unless told otherwise, as the spec's examples show
     */
    public static ObjectNode of(Assessment assessment, Analysis analysis, List<Message> warnings, Texts texts) {
        ObjectNode report = NODES.objectNode();
        report.put("valid", true);
        ArrayNode warningList = report.putArray("warnings");
        warnings.forEach(w -> warningList.add(texts.format(w)));
        putAnalysis(report, assessment, analysis, texts);
        return report;
    }

    /**
     * The {@code check} output of a case with alternatives, as the spec's "check with alternatives"
     * says: each alternative shaped as a version 1 report under {@code alternatives}, the
     * {@code comparison}, and the case's own readiness, whose reasons name their alternative.
     */
    public static ObjectNode ofCase(Assessment assessment, CaseAnalysis analysis, List<Message> warnings, Texts texts) {
        ObjectNode report = NODES.objectNode();
        report.put("valid", true);
        ArrayNode warningList = report.putArray("warnings");
        warnings.forEach(w -> warningList.add(texts.format(w)));
        ArrayNode alternatives = report.putArray("alternatives");
        for (int i = 0; i < analysis.alternatives().size(); i++) {
            AlternativeAnalysis alternative = analysis.alternatives().get(i);
            ObjectNode node = alternatives.addObject();
            node.put("label", alternative.alternative().label());
            putAnalysis(node, assessment.alternativeAsAssessment(i), alternative.analysis(), texts);
        }
        ArrayNode comparison = report.putArray("comparison");
        for (GoalComparison goal : analysis.comparison().goals()) {
            ObjectNode node = comparison.addObject();
            node.put("goal", goal.goal());
            ArrayNode positive = node.putArray("positive");
            goal.positive().forEach(positive::add);
            ArrayNode negative = node.putArray("negative");
            goal.negative().forEach(negative::add);
        }
        report.put("readyToComplete", analysis.readyToComplete());
        ArrayNode blocking = report.putArray("blocking");
        analysis.blocking().forEach(b -> blocking.add(texts.format(b.message())));
        return report;
    }

    /** The version 1 fields from {@code goals} to {@code blocking}, in the spec's order. */
    private static void putAnalysis(ObjectNode report, Assessment assessment, Analysis analysis, Texts texts) {
        report.set("goals", goals(assessment));
        report.set("dimensions", dimensions(analysis));
        ArrayNode conflicts = report.putArray("conflicts");
        analysis.conflicts().forEach(c -> conflicts.add(conflict(c)));
        ArrayNode hints = report.putArray("hints");
        for (Hint hint : analysis.hints()) {
            ObjectNode node = hints.addObject();
            goalList(node.putArray("goals"), hint.goals());
            node.put("text", hint.text());
        }
        report.put("readyToComplete", analysis.readyToComplete());
        ArrayNode blocking = report.putArray("blocking");
        analysis.blocking().forEach(b -> blocking.add(texts.format(b.message())));
    }

    private static ObjectNode goals(Assessment assessment) {
        int assessed = 0;
        int relevant = 0;
        ArrayNode notAssessed = NODES.arrayNode();
        for (int goal = Goal.FIRST; goal <= Goal.LAST; goal++) {
            GoalAssessment entry = assessment.goals().get(goal);
            if (entry == null) {
                notAssessed.add(goal);
                continue;
            }
            assessed++;
            if (entry.isRelevant()) {
                relevant++;
            }
        }
        ObjectNode node = NODES.objectNode();
        node.put("assessed", assessed);
        node.put("relevant", relevant);
        node.set("notAssessed", notAssessed);
        return node;
    }

    private static ObjectNode dimensions(Analysis analysis) {
        ObjectNode node = NODES.objectNode();
        for (Dimension dimension : Dimension.values()) {
            DimensionLevel level = analysis.level(dimension);
            ObjectNode levelNode = node.putObject(dimension.name());
            levelNode.put("positive", level.positive());
            levelNode.put("negative", level.negative());
        }
        return node;
    }

    private static ObjectNode conflict(Conflict conflict) {
        ObjectNode node = NODES.objectNode();
        node.put("kind", conflict.kind().name());
        if (conflict.kind() == ConflictKind.DIMENSIONS) {
            ArrayNode dimensions = node.putArray("dimensions");
            conflict.dimensions().forEach(d -> dimensions.add(d.name()));
            node.put("severity", conflict.severity());
        } else {
            goalList(node.putArray("goals"), conflict.goals());
            node.put("severity", conflict.severity());
            node.put("crossDimension", conflict.crossDimension());
        }
        node.put("handled", conflict.handled());
        return node;
    }

    private static void goalList(ArrayNode target, List<Integer> goals) {
        goals.stream().sorted().forEach(target::add);
    }
}
