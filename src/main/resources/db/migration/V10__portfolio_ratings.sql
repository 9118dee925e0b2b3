-- The portfolio reads the ratings of every assessment in the library each time it opens. Joining
-- the goal rows of 10 000 assessments took SQLite about 160 ms, so each assessment keeps them
-- joined in a column of its own, in the form RatingsScan reads:
--   ratings  "3,D,2,0,3.1 3.4;4,N,0,0,": goal, first letter of the relevance, positive, negative, the
--            targets picked (space-separated; the council's local goals may be linked to targets);
--   weighed  "11,15;7,0": the goals of each conflict whose handling has a text (0: within one goal).
-- Triggers keep them right whatever writes the rows (a save, a merge of names, an import).

ALTER TABLE assessment ADD COLUMN ratings TEXT;
ALTER TABLE assessment ADD COLUMN weighed TEXT;

-- Blank in Java's sense for the white space a caseworker can type; the rules treat a blank handling as none.
UPDATE assessment SET
    ratings = (SELECT group_concat(g.goal || ',' || substr(g.relevance, 1, 1) || ',' || g.positive || ',' || g.negative
                                     || ',' || replace(g.targets, ',', ' '), ';')
               FROM goal_assessment g WHERE g.assessment_id = assessment.id),
    weighed = (SELECT group_concat(h.goal_a || ',' || h.goal_b, ';') FROM conflict_handling h
               WHERE h.assessment_id = assessment.id
                 AND length(trim(h.handling, char(32, 9, 10, 11, 12, 13, 160, 8201, 12288))) > 0);

CREATE TRIGGER goal_assessment_added AFTER INSERT ON goal_assessment BEGIN
    UPDATE assessment SET ratings = (SELECT group_concat(g.goal || ',' || substr(g.relevance, 1, 1) || ',' || g.positive || ',' || g.negative
                                     || ',' || replace(g.targets, ',', ' '), ';')
                                     FROM goal_assessment g WHERE g.assessment_id = NEW.assessment_id)
    WHERE id = NEW.assessment_id;
END;

CREATE TRIGGER goal_assessment_changed AFTER UPDATE ON goal_assessment BEGIN
    UPDATE assessment SET ratings = (SELECT group_concat(g.goal || ',' || substr(g.relevance, 1, 1) || ',' || g.positive || ',' || g.negative
                                     || ',' || replace(g.targets, ',', ' '), ';')
                                     FROM goal_assessment g WHERE g.assessment_id = assessment.id)
    WHERE id IN (OLD.assessment_id, NEW.assessment_id);
END;

CREATE TRIGGER goal_assessment_removed AFTER DELETE ON goal_assessment BEGIN
    UPDATE assessment SET ratings = (SELECT group_concat(g.goal || ',' || substr(g.relevance, 1, 1) || ',' || g.positive || ',' || g.negative
                                     || ',' || replace(g.targets, ',', ' '), ';')
                                     FROM goal_assessment g WHERE g.assessment_id = OLD.assessment_id)
    WHERE id = OLD.assessment_id;
END;

CREATE TRIGGER conflict_handling_added AFTER INSERT ON conflict_handling BEGIN
    UPDATE assessment SET weighed = (SELECT group_concat(h.goal_a || ',' || h.goal_b, ';') FROM conflict_handling h
                                     WHERE h.assessment_id = NEW.assessment_id
                                       AND length(trim(h.handling, char(32, 9, 10, 11, 12, 13, 160, 8201, 12288))) > 0)
    WHERE id = NEW.assessment_id;
END;

CREATE TRIGGER conflict_handling_changed AFTER UPDATE ON conflict_handling BEGIN
    UPDATE assessment SET weighed = (SELECT group_concat(h.goal_a || ',' || h.goal_b, ';') FROM conflict_handling h
                                     WHERE h.assessment_id = assessment.id
                                       AND length(trim(h.handling, char(32, 9, 10, 11, 12, 13, 160, 8201, 12288))) > 0)
    WHERE id IN (OLD.assessment_id, NEW.assessment_id);
END;

CREATE TRIGGER conflict_handling_removed AFTER DELETE ON conflict_handling BEGIN
    UPDATE assessment SET weighed = (SELECT group_concat(h.goal_a || ',' || h.goal_b, ';') FROM conflict_handling h
                                     WHERE h.assessment_id = OLD.assessment_id
                                       AND length(trim(h.handling, char(32, 9, 10, 11, 12, 13, 160, 8201, 12288))) > 0)
    WHERE id = OLD.assessment_id;
END;
