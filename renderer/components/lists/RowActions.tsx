import { ActionIcon, Group } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';

/**
 * A row's Edit and Delete buttons, icons named for a screen reader with the row's record
 * ('Sửa Lê Hoàng Nam'). The labels come translated from the screen.
 */
export function RowActions({
  editLabel,
  deleteLabel,
  onEdit,
  onDelete,
  size = 16,
  editTestId,
}: {
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
  /** The icons' size. */
  size?: number;
  editTestId?: string;
}) {
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon variant="subtle" color="gray" onClick={onEdit} aria-label={editLabel} data-testid={editTestId}>
        <IconPencil size={size} aria-hidden />
      </ActionIcon>
      <ActionIcon variant="subtle" color="red" onClick={onDelete} aria-label={deleteLabel}>
        <IconTrash size={size} aria-hidden />
      </ActionIcon>
    </Group>
  );
}
