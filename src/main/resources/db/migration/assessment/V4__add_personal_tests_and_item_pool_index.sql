-- Personal tests: a fixed form built for one learner (the weekly adaptive test). personal_for
-- names that learner; such tests are left out of every teacher's and other learner's lists.
alter table assessment_quiz add column personal_for uuid;
alter table assessment_quiz add column personal_kind varchar(16);
create index assessment_quiz_personal on assessment_quiz (tenant_id, personal_for, personal_kind, created_at);

-- Adaptive selection asks for items by primary concept and an IRT difficulty range; this index
-- answers it with one range scan per concept (docs/benchmarks.md, weekly test assembly).
create index assessment_item_pool on assessment_item (tenant_id, primary_concept, irt_b, id);
