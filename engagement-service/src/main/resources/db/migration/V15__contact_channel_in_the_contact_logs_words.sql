-- Alert follow-up speaks the contact log's vocabulary (partner-service), issue 13, item 6.
update alert set contact_channel = case contact_channel
        when 'PHONE' then 'CALL'
        when 'IN_PERSON' then 'PERSONAL_MEETING'
        when 'VIDEO' then 'VIDEO_CALL'
        when 'EMAIL' then 'PERSONAL_MAIL'
        else contact_channel end
    where contact_channel in ('PHONE', 'IN_PERSON', 'VIDEO', 'EMAIL');
