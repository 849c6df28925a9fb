import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useEffect, useRef, type ReactNode } from 'react';
import { headingAppeared } from '../../router/focusHeading';
import { useTranslation } from 'react-i18next';

/** The h1 of a screen, with an optional lead sentence; also names the window. */
export function PageHeader({ title, description, children }: { title: string; description?: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  // After a change of screen the focus comes here (router/focusHeading.ts).
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (heading.current) headingAppeared(heading.current);
  }, []);
  return (
    <Stack gap={4} mb="lg">
      <Title order={1} size="h2" tabIndex={-1} ref={heading} className="asoen-page-heading">
        {title}
      </Title>
      {description ? (
        <Text c="dimmed" size="sm">
          {description}
        </Text>
      ) : null}
      {children}
    </Stack>
  );
}
