-- Ids made inside set-based inserts (the planner queues thousands of notifications in one
-- statement). UUIDv7 keeps them time-ordered like the ids made in Java. PostgreSQL 18 has
-- uuidv7(); older servers get the same layout from gen_random_uuid() and the clock.
DO $$
BEGIN
    IF current_setting('server_version_num')::int >= 180000 THEN
        EXECUTE 'CREATE FUNCTION regua_uuid_v7() RETURNS uuid LANGUAGE sql VOLATILE AS ''SELECT uuidv7()''';
    ELSE
        EXECUTE $f$
            CREATE FUNCTION regua_uuid_v7() RETURNS uuid LANGUAGE sql VOLATILE AS $body$
                SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
                    PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
                    FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
            $body$
        $f$;
    END IF;
END
$$;

-- The overdue notice looks charges up by effective due date.
CREATE INDEX charges_by_effective_due ON charges (account_id, effective_due_date);
