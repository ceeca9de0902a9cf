-- Where a branch is (issue 16, item 6): the codes of its province and amphoe in the reference
-- data set admin-areas (TIS 1099: "10", "1001"; the items' keys are "p10", "d1001"), so figures
-- can be summed by area. Optional: NULL until the operator gives them (enrol-branch --province
-- --amphoe, set-branch-area); central checks them against admin-areas as imported there.
ALTER TABLE branch ADD COLUMN province_code TEXT;
ALTER TABLE branch ADD COLUMN amphoe_code TEXT;
