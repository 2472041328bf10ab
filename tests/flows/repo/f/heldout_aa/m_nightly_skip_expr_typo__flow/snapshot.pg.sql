-- $1 since
insert into snapshots.orders_daily
select * from staging.orders where updated_at >= $1::date;
